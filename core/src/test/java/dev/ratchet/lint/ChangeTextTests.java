package dev.ratchet.lint;

import java.util.ArrayList;
import java.util.List;

import liquibase.change.ColumnConfig;
import liquibase.change.core.InsertDataChange;
import liquibase.change.core.LoadDataChange;
import liquibase.change.core.LoadDataColumnConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ChangeText}: what a change says, the same in every process, since a
 * baseline written by one process is compared by another.
 */
class ChangeTextTests {

	@Test
	void listsEveryFieldInNameOrderWhateverOrderLiquibaseGivesThem() {
		LoadDataChange load = new LoadDataChange();
		load.setTableName("country");
		load.setFile("data/countries.csv");
		load.setSeparator(";");
		LoadDataColumnConfig column = new LoadDataColumnConfig();
		column.setName("code");
		column.setType("string");
		load.addColumn(column);
		String text = ChangeText.of(load);
		List<String> fields = new ArrayList<>();
		for (String part : text.substring(text.indexOf('|') + 1).split("\\|")) {
			if (part.contains("=") && !part.startsWith("[") && Character.isLowerCase(part.charAt(0))) {
				fields.add(part.substring(0, part.indexOf('=')));
			}
		}
		assertThat(text).startsWith("loadData|").contains("|file=data/countries.csv", "|tableName=country", "name=code");
		List<String> topLevel = fields.subList(0, fields.indexOf("columns") + 1);
		assertThat(topLevel).isSorted();
	}

	@Test
	void aColumnsDatesReadAsLiquibaseSerializesThemSetOrNot() throws Exception {
		InsertDataChange insert = new InsertDataChange();
		insert.setTableName("holiday");
		ColumnConfig set = new ColumnConfig();
		set.setName("starts");
		set.setValueDate("2026-12-24T10:15:30");
		ColumnConfig unset = new ColumnConfig();
		unset.setName("ends");
		insert.addColumn(set);
		insert.addColumn(unset);
		String text = ChangeText.of(insert);
		assertThat(text).contains("name=starts", "valueDate=" + set.getSerializableFieldValue("valueDate"),
				"defaultValueDate=" + unset.getSerializableFieldValue("defaultValueDate"));
		assertThat(set.getSerializableFieldValue("valueDate")).isEqualTo("2026-12-24T10:15:30");
		assertThat(text.split("valueDate=null", -1)).hasSize(2);
	}

}
