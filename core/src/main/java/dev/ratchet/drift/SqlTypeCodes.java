package dev.ratchet.drift;

/**
 * The type codes Hibernate adds to {@link java.sql.Types} ({@code org.hibernate.type.SqlTypes}),
 * repeated here so that the core does not depend on Hibernate.
 */
final class SqlTypeCodes {

	static final int UUID = 3000;

	static final int JSON = 3001;

	static final int TIMESTAMP_UTC = 3003;

	static final int MATERIALIZED_BLOB = 3004;

	static final int MATERIALIZED_CLOB = 3005;

	static final int MATERIALIZED_NCLOB = 3006;

	static final int TIME_UTC = 3007;

	static final int INSTANT = 3008;

	static final int LOCAL_DATE_TIME = 3009;

	static final int LOCAL_DATE = 3010;

	static final int LOCAL_TIME = 3011;

	static final int OFFSET_DATE_TIME = 3012;

	static final int OFFSET_TIME = 3013;

	static final int ZONED_DATE_TIME = 3014;

	static final int LONG32VARCHAR = 4001;

	static final int LONG32NVARCHAR = 4002;

	static final int LONG32VARBINARY = 4003;

	static final int ENUM = 6000;

	static final int NAMED_ENUM = 6001;

	static final int ORDINAL_ENUM = 6002;

	static final int NAMED_ORDINAL_ENUM = 6003;

	private SqlTypeCodes() {
	}

}
