package dev.ratchet.drift;

import java.sql.JDBCType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TypeFamily}, over what the H2 2.x, PostgreSQL 15 and MariaDB 10.11
 * drivers report and what Hibernate 7 maps.
 */
class TypeFamilyTests {

	@ParameterizedTest(name = "{0}: {1} ({2}, size {3}) is {4}")
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"H2         | CHARACTER VARYING              | VARCHAR                 | 100        | TEXT",
			"H2         | CHARACTER                      | CHAR                    | 36         | TEXT",
			"H2         | CHARACTER LARGE OBJECT         | CLOB                    | 2147483647 | TEXT",
			"H2         | ENUM('A', 'B')                 | OTHER                   | 1          | TEXT",
			"H2         | INTEGER                        | INTEGER                 | 32         | NUMERIC",
			"H2         | TINYINT                        | TINYINT                 | 8          | NUMERIC",
			"H2         | NUMERIC                        | NUMERIC                 | 10         | NUMERIC",
			"H2         | DOUBLE PRECISION               | DOUBLE                  | 53         | NUMERIC",
			"H2         | BOOLEAN                        | BOOLEAN                 | 1          | BOOLEAN",
			"H2         | TIMESTAMP                      | TIMESTAMP               | 26         | TIMESTAMP",
			"H2         | TIMESTAMP WITH TIME ZONE       | TIMESTAMP_WITH_TIMEZONE | 32         | TIMESTAMP",
			"H2         | DATE                           | DATE                    | 10         | DATE",
			"H2         | TIME WITH TIME ZONE            | TIME_WITH_TIMEZONE      | 14         | TIME",
			"H2         | UUID                           | BINARY                  | 16         | UUID",
			"H2         | JSON                           | OTHER                   | 1000000000 | JSON",
			"H2         | BINARY VARYING                 | VARBINARY               | 1000       | BINARY",
			"H2         | BINARY LARGE OBJECT            | BLOB                    | 2147483647 | BINARY",
			"H2         | INTEGER ARRAY                  | ARRAY                   | 65536      | OTHER",
			"PostgreSQL | varchar                        | VARCHAR                 | 100        | TEXT",
			"PostgreSQL | text                           | VARCHAR                 | 2147483647 | TEXT",
			"PostgreSQL | bpchar                         | CHAR                    | 36         | TEXT",
			"PostgreSQL | customer_tier                  | VARCHAR                 | 2147483647 | TEXT",
			"PostgreSQL | int2                           | SMALLINT                | 5          | NUMERIC",
			"PostgreSQL | int4                           | INTEGER                 | 10         | NUMERIC",
			"PostgreSQL | int8                           | BIGINT                  | 19         | NUMERIC",
			"PostgreSQL | bigserial                      | BIGINT                  | 19         | NUMERIC",
			"PostgreSQL | numeric                        | NUMERIC                 | 10         | NUMERIC",
			"PostgreSQL | float4                         | REAL                    | 8          | NUMERIC",
			"PostgreSQL | float8                         | DOUBLE                  | 17         | NUMERIC",
			"PostgreSQL | bool                           | BIT                     | 1          | BOOLEAN",
			"PostgreSQL | bit                            | BIT                     | 1          | BOOLEAN",
			"PostgreSQL | bit                            | BIT                     | 3          | OTHER",
			"PostgreSQL | timestamp                      | TIMESTAMP               | 29         | TIMESTAMP",
			"PostgreSQL | timestamptz                    | TIMESTAMP               | 35         | TIMESTAMP",
			"PostgreSQL | date                           | DATE                    | 13         | DATE",
			"PostgreSQL | time                           | TIME                    | 15         | TIME",
			"PostgreSQL | timetz                         | TIME                    | 21         | TIME",
			"PostgreSQL | uuid                           | OTHER                   | 2147483647 | UUID",
			"PostgreSQL | json                           | OTHER                   | 2147483647 | JSON",
			"PostgreSQL | jsonb                          | OTHER                   | 2147483647 | JSON",
			"PostgreSQL | bytea                          | BINARY                  | 2147483647 | BINARY",
			"PostgreSQL | oid                            | BIGINT                  | 10         | OTHER",
			"PostgreSQL | interval                       | OTHER                   | 49         | OTHER",
			"PostgreSQL | email                          | DISTINCT                | 54         | OTHER",
			"PostgreSQL | _int4                          | ARRAY                   | 10         | OTHER",
			"MariaDB    | VARCHAR                        | VARCHAR                 | 100        | TEXT",
			"MariaDB    | TINYTEXT                       | VARCHAR                 | 255        | TEXT",
			"MariaDB    | TEXT                           | LONGVARCHAR             | 65535      | TEXT",
			"MariaDB    | MEDIUMTEXT                     | LONGVARCHAR             | 16777215   | TEXT",
			"MariaDB    | LONGTEXT                       | LONGVARCHAR             | 2147483647 | TEXT",
			"MariaDB    | ENUM                           | VARCHAR                 | 3          | TEXT",
			"MariaDB    | INT UNSIGNED                   | INTEGER                 | 10         | NUMERIC",
			"MariaDB    | MEDIUMINT                      | INTEGER                 | 7          | NUMERIC",
			"MariaDB    | TINYINT                        | TINYINT                 | 3          | NUMERIC",
			"MariaDB    | DECIMAL                        | DECIMAL                 | 10         | NUMERIC",
			"MariaDB    | BOOLEAN                        | BOOLEAN                 | 3          | BOOLEAN",
			"MariaDB    | TINYINT                        | BIT                     | 3          | BOOLEAN",
			"MariaDB    | TINYINT                        | TINYINT                 | 1          | BOOLEAN",
			"MariaDB    | BIT                            | BIT                     | 1          | BOOLEAN",
			"MariaDB    | DATETIME                       | TIMESTAMP               | 26         | TIMESTAMP",
			"MariaDB    | TIMESTAMP                      | TIMESTAMP               | 26         | TIMESTAMP",
			"MariaDB    | YEAR                           | DATE                    | null       | OTHER",
			"MariaDB    | UUID                           | OTHER                   | null       | UUID",
			"MariaDB    | BLOB                           | LONGVARBINARY           | 65535      | BINARY",
			"MariaDB    | LONGBLOB                       | LONGVARBINARY           | 2147483647 | BINARY",
			"MariaDB    | BINARY                         | BINARY                  | 16         | BINARY",
			"any        | mystery                        | VARCHAR                 | 10         | TEXT",
			"any        | mystery                        | OTHER                   | null       | OTHER" })
	void classifiesLiveTypesByNameThenByCode(String database, String typeName, String jdbcType, Integer size,
			TypeFamily family) {
		assertThat(TypeFamily.of(code(jdbcType), typeName, size)).isEqualTo(family);
	}

	@ParameterizedTest(name = "{0} {1} {2} is {3}")
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"VARCHAR                 | varchar(255)                | null    | TEXT",
			"CLOB                    | clob                        | null    | TEXT",
			"4001                    | text                        | null    | TEXT",
			"6000                    | enum ('A','B')              | STRING  | TEXT",
			"6001                    | customer_tier               | STRING  | TEXT",
			"6002                    | enum ('A','B')              | ORDINAL | TEXT",
			"TINYINT                 | tinyint                     | ORDINAL | NUMERIC",
			"TINYINT                 | smallint                    | ORDINAL | NUMERIC",
			"SMALLINT                | smallint                    | ORDINAL | NUMERIC",
			"NUMERIC                 | numeric(38,2)               | null    | NUMERIC",
			"DOUBLE                  | float(53)                   | null    | NUMERIC",
			"BOOLEAN                 | bit                         | null    | BOOLEAN",
			"BOOLEAN                 | boolean                     | null    | BOOLEAN",
			"TIMESTAMP               | datetime(6)                 | null    | TIMESTAMP",
			"TIMESTAMP_WITH_TIMEZONE | timestamp(6) with time zone | null    | TIMESTAMP",
			"3003                    | timestamp(6) with time zone | null    | TIMESTAMP",
			"DATE                    | date                        | null    | DATE",
			"TIME                    | time(6)                     | null    | TIME",
			"3000                    | uuid                        | null    | UUID",
			"3000                    | char(36)                    | null    | UUID",
			"3000                    | binary(16)                  | null    | UUID",
			"3001                    | jsonb                       | null    | JSON",
			"OTHER                   | jsonb                       | null    | JSON",
			"VARBINARY               | bytea                       | null    | BINARY",
			"3004                    | oid                         | null    | BINARY",
			"OTHER                   | geometry                    | null    | OTHER",
			"OTHER                   | null                        | STRING  | TEXT",
			"OTHER                   | null                        | ORDINAL | NUMERIC",
			"3015                    | numeric(21)                 | null    | NUMERIC",
			"3100                    | interval second(6)          | null    | OTHER" })
	void classifiesMappedTypesByCodeThenBySqlType(String jdbcType, String sqlType, String enumType,
			TypeFamily family) {
		MappedColumn column = new MappedColumn("c", code(jdbcType), sqlType, null, null, null, true, enumType);
		assertThat(TypeFamily.of(column)).isEqualTo(family);
	}

	@ParameterizedTest(name = "{0} in {1} ({2}, size {3}): {4}")
	@CsvSource(delimiter = '|', nullValues = "null", value = {
			"TEXT      | varchar     | VARCHAR       | 100        | true",
			"TEXT      | ENUM        | VARCHAR       | 3          | true",
			"TEXT      | int4        | INTEGER       | 10         | false",
			"TEXT      | jsonb       | OTHER         | 2147483647 | false",
			"TEXT      | uuid        | OTHER         | 2147483647 | false",
			"NUMERIC   | varchar     | VARCHAR       | 20         | false",
			"NUMERIC   | int8        | BIGINT        | 19         | true",
			"NUMERIC   | interval    | OTHER         | 49         | true",
			"UUID      | uuid        | OTHER         | 2147483647 | true",
			"UUID      | UUID        | OTHER         | null       | true",
			"UUID      | CHAR        | CHAR          | 36         | true",
			"UUID      | BINARY      | BINARY        | 16         | true",
			"UUID      | bytea       | BINARY        | 2147483647 | true",
			"UUID      | CHAR        | CHAR          | 16         | false",
			"UUID      | int8        | BIGINT        | 19         | false",
			"JSON      | LONGTEXT    | LONGVARCHAR   | 2147483647 | true",
			"JSON      | text        | VARCHAR       | 2147483647 | true",
			"JSON      | varchar     | VARCHAR       | 20         | false",
			"BOOLEAN   | BOOLEAN     | BOOLEAN       | 3          | true",
			"BOOLEAN   | BIT         | BIT           | 1          | true",
			"BOOLEAN   | TINYINT     | TINYINT       | 3          | true",
			"BOOLEAN   | int2        | SMALLINT      | 5          | false",
			"TIMESTAMP | timestamptz | TIMESTAMP     | 35         | true",
			"TIMESTAMP | date        | DATE          | 13         | false",
			"OTHER     | int4        | INTEGER       | 10         | true" })
	void acceptsOnlyColumnsThatHoldItsValues(TypeFamily family, String typeName, String jdbcType, Integer size,
			boolean accepted) {
		LiveColumn column = new LiveColumn("c", typeName, code(jdbcType), size, null, true, false);
		assertThat(family.accepts(column)).isEqualTo(accepted);
	}

	private static int code(String jdbcType) {
		return Character.isDigit(jdbcType.charAt(0)) ? Integer.parseInt(jdbcType)
				: JDBCType.valueOf(jdbcType).getVendorTypeNumber();
	}

}
