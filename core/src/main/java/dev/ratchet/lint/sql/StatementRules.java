package dev.ratchet.lint.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.ratchet.Identifiers;
import dev.ratchet.lint.rule.Rule;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Block;
import net.sf.jsqlparser.statement.IfElseStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.sequence.CreateSequence;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.execute.Execute;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;

/**
 * The parsed statements that rules catch or that create objects: one row per statement
 * type. Every other statement JSqlParser reads (select, insert, grant, comment, set, …) is
 * harmless.
 */
final class StatementRules {

	private final Map<Class<?>, StatementRule<Statement>> rules = new HashMap<>();

	StatementRules() {
		on(Drop.class, DropRules::inspect);
		on(Truncate.class, (truncate, findings) -> tables(truncate).forEach((table) -> findings
				.table(Rule.TRUNCATE_TABLE, Names.of(table), "truncates table " + Names.of(table))));
		on(RenameTableStatement.class, (rename, findings) -> rename.getTableNames()
				.forEach((names) -> findings.table(Rule.RENAME_TABLE, Names.of(names.getKey()),
						"renames table " + Names.of(names.getKey()) + " to " + Names.of(names.getValue()))));
		on(Delete.class, RowChanges::delete);
		on(Update.class, RowChanges::update);
		on(Insert.class, RowChanges::insert);
		on(Merge.class, RowChanges::merge);
		on(Select.class, (select, findings) -> RowChanges.with(select.getWithItemsList(), findings));
		on(CreateIndex.class, StatementRules::createIndex);
		on(CreateTable.class, StatementRules::createTable);
		on(CreateView.class, (create, findings) -> findings.created(Names.of(create.getView())));
		on(CreateSequence.class,
				(create, findings) -> findings.created(Identifiers.unqualifiedKey(create.getSequence().getName())));
		on(Execute.class, StatementRules::call);
		on(Block.class, (block, findings) -> block.getStatements().forEach((inner) -> nested(inner, findings)));
		on(IfElseStatement.class, (branches, findings) -> {
			nested(branches.getIfStatement(), findings);
			nested(branches.getElseStatement(), findings);
		});
	}

	@SuppressWarnings("unchecked")
	private <S extends Statement> void on(Class<S> type, StatementRule<S> rule) {
		this.rules.put(type, (statement, findings) -> rule.inspect((S) statement, findings));
	}

	/**
	 * Inspects a parsed statement.
	 * @param statement the statement, {@code null} when it could not be parsed
	 * @param findings where to record what it does
	 * @return {@code false} when the statement could not be parsed or JSqlParser only
	 * captured its tokens, so it must be classified as unparsed
	 */
	boolean inspect(Statement statement, Findings findings) {
		if (statement == null || statement instanceof UnsupportedStatement) {
			return false;
		}
		for (Class<?> type = statement.getClass(); type != null; type = type.getSuperclass()) {
			StatementRule<Statement> rule = this.rules.get(type);
			if (rule != null) {
				rule.inspect(statement, findings);
				return true;
			}
		}
		return true;
	}

	private void nested(Statement statement, Findings findings) {
		if (statement != null && !inspect(statement, findings)) {
			UnparsedSql.inspect(new SqlStatement(SqlLexer.tokenize(statement.toString())), findings, false);
		}
	}

	private static void call(Execute execute, Findings findings) {
		if (execute.getExecType() != Execute.ExecType.CALL) {
			String name = Identifiers.unqualifiedKey(execute.getName());
			findings.add(Rule.UNPARSED_SQL_OPAQUE, null, name,
					"executes prepared statement " + name + ", which is not inspected");
		}
	}

	private static List<Table> tables(Truncate truncate) {
		return (truncate.getTables() != null && !truncate.getTables().isEmpty()) ? truncate.getTables()
				: List.of(truncate.getTable());
	}

	private static void createIndex(CreateIndex create, Findings findings) {
		findings.index(Identifiers.unqualifiedKey(create.getIndex().getName()), Names.of(create.getTable()),
				create.getIndex().getColumnsNames().stream().map(Identifiers::unqualifiedKey).toList());
		String type = create.getIndex().getType();
		if (type != null && type.toUpperCase(Locale.ROOT).contains("UNIQUE")) {
			String table = Names.of(create.getTable());
			findings.column(Rule.ADD_UNIQUE_CONSTRAINT, table, String.join(",", create.getIndex().getColumnsNames()),
					"creates unique index " + Identifiers.unqualifiedKey(create.getIndex().getName()));
		}
	}

	/**
	 * A new table, the types of its columns, which later type changes are judged by, and its
	 * constraints, whose kinds later drops are judged by.
	 */
	private static void createTable(CreateTable create, Findings findings) {
		String table = Names.of(create.getTable());
		findings.created(table);
		if (create.getColumnDefinitions() != null) {
			for (var column : create.getColumnDefinitions()) {
				String name = Identifiers.unqualifiedKey(column.getColumnName());
				ColumnDefinition definition = ColumnDefinition.read(name,
						new TokenCursor(SqlLexer.tokenize(column.toStringDataTypeAndSpec())));
				findings.columnType(table, name, definition.type());
				findings.notNull(table, name, definition.isNotNull());
				definition.constraints()
					.forEach((constraint) -> findings.constraint(table, constraint.name(), constraint.kind(), List.of(name)));
			}
		}
		if (create.getIndexes() != null) {
			for (Index index : create.getIndexes()) {
				TokenCursor cursor = new TokenCursor(SqlLexer.tokenize(index.toString()));
				TableConstraint constraint = TableConstraint.startsAt(cursor) ? TableConstraint.read(cursor) : null;
				if (constraint != null) {
					findings.constraint(table, constraint.name(), constraint.kind(), constraint.columns());
				}
			}
		}
	}

}
