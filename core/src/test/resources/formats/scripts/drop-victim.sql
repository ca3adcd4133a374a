-- removes the table named by the changelog property (DROP in a comment means nothing)
DROP TABLE ${victim};
