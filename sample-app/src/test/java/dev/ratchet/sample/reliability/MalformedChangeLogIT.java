package dev.ratchet.sample.reliability;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A changelog that cannot be parsed stops the application, naming the file and the line.
 */
class MalformedChangeLogIT {

	@RegisterExtension
	final SampleApps apps = new SampleApps();

	@ParameterizedTest(name = "on {0}")
	@EnumSource
	void aYamlSyntaxErrorAndAnXmlFileThatIsNotWellFormedStopStartupNamingFileAndLine(TestServer server) throws Exception {
		TestDatabase database = this.apps.createDatabase(server);
		Path yaml = ChangeLogs.write("malformed.yaml", """
				databaseChangeLog:
				  - changeSet:
				      id: m1
				      author: it: broken
				      changes:
				        - createTable:
				            tableName: m1
				            columns:
				              - column: {name: id, type: bigint}
				""");
		Path xml = ChangeLogs.write("malformed.xml", """
				<?xml version="1.0" encoding="UTF-8"?>
				<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
				        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
				        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
				            http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
				    <changeSet id="x1" author="it">
				        <createTable tableName="x1">
				            <column name="id" type="bigint">
				        </createTable>
				    </changeSet>
				</databaseChangeLog>
				""");
		String url = "--spring.datasource.url=" + database.url();
		SampleAppProcess yamlApp = this.apps.start("malformed-yaml-" + server.id(), url, ChangeLogs.changeLog(yaml));
		SampleAppProcess xmlApp = this.apps.start("malformed-xml-" + server.id(), url, ChangeLogs.changeLog(xml));
		assertThat(yamlApp.awaitExit(Duration.ofMinutes(2))).as(yamlApp.output()).isNotZero();
		assertThat(xmlApp.awaitExit(Duration.ofMinutes(2))).as(xmlApp.output()).isNotZero();
		assertThat(yamlApp.output()).contains("malformed.yaml").contains("line 4, column 17");
		assertThat(xmlApp.output()).contains("malformed.xml").contains("Error parsing line 9 ");
		assertThat(database.tables("")).isEmpty();
	}

}
