package dev.ratchet.state;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcUrlsTests {

	private static final String MARKER = "Mk7Secret";

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"jdbc:postgresql://db:5432/app | jdbc:postgresql://db:5432/app",
			"jdbc:postgresql://db:5432/app?user=ana&password=s3cret&ssl=true | jdbc:postgresql://db:5432/app?ssl=true",
			"jdbc:postgresql://db:5432/app?password=s3cret | jdbc:postgresql://db:5432/app",
			"jdbc:postgresql://ana:s3cret@db:5432/app | jdbc:postgresql://db:5432/app",
			"jdbc:mysql://root:s3cret@localhost:3306/test?useSSL=false | jdbc:mysql://localhost:3306/test?useSSL=false",
			"jdbc:h2:mem:test;DB_CLOSE_DELAY=-1;USER=sa;PASSWORD=s3cret | jdbc:h2:mem:test;DB_CLOSE_DELAY=-1",
			"jdbc:sqlserver://db:1433;databaseName=app;password=s3cret | jdbc:sqlserver://db:1433;databaseName=app",
			"jdbc:oracle:thin:ana/s3cret@db:1521/app | jdbc:oracle:thin:@db:1521/app",
			"jdbc:mysql://(host=db,port=3306,user=ana,password=s3cret)/app | jdbc:mysql://(host=db,port=3306)/app",
			"jdbc:mariadb://address=(host=db)(port=3306)(password=s3cret)/app | jdbc:mariadb://address=(host=db)(port=3306)/app",
			"jdbc:db2://db:50000/app:user=ana;password=s3cret; | jdbc:db2://db:50000/app",
			"jdbc:sqlserver://db:1433;applicationName=ops@team;encrypt=true | jdbc:sqlserver://db:1433;applicationName=ops@team;encrypt=true",
			"jdbc:h2:file:/data/a@b/db | jdbc:h2:file:/data/a@b/db",
			"jdbc:postgresql://db:5432/app?replyTo=ops@team | jdbc:postgresql://db:5432/app?replyTo=ops@team",
			"jdbc:mysql://db:3306/app?allowPublicKeyRetrieval=true&password=s3cret | jdbc:mysql://db:3306/app?allowPublicKeyRetrieval=true" })
	void removesCredentials(String url, String expected) {
		assertThat(JdbcUrls.sanitize(url)).isEqualTo(expected).doesNotContain("s3cret");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"jdbc:postgresql://db:5432/app?user=ana&password=${m}&ssl=true",
			"jdbc:postgresql://db:5432/app?sslpassword=${m}&sslkey=/keys/${m}.pk8",
			"jdbc:postgresql://db:5432/app?ssl=true&Password=${m}",
			"jdbc:postgresql://ana:${m}@db:5432/app",
			"jdbc:postgresql://ana:p?x${m}@db:5432/app",
			"jdbc:postgresql://ana:${m}@db1:5432,db2:5432/app?targetServerType=primary",
			"jdbc:mysql://ana:p@ss${m}@db:3306/app",
			"jdbc:mysql://db:3306/app?trustCertificateKeyStorePassword=${m}&clientCertificateKeyStorePassword=${m}",
			"jdbc:mysql://(host=db,port=3306,user=ana,password=${m})/app",
			"jdbc:mysql://(host=db,password=${m},port=3306)/app?useSSL=true",
			"jdbc:mariadb://address=(host=db)(port=3306)(password=${m})/app",
			"jdbc:mariadb://address=(host=db)(port=3306)(user=ana)(password=${m})/app?keyStorePassword=${m}",
			"jdbc:oracle:thin:ana/${m}@//db:1521/app",
			"jdbc:oracle:thin:ana/${m}@db:1521:app",
			"jdbc:oracle:thin:ana/pa:ss${m}@db:1521:app",
			"jdbc:sqlserver://db:1433;databaseName=app;user=ana;password={a;b${m};c}",
			"jdbc:sqlserver://db:1433;password={${m}}}x};databaseName=app",
			"jdbc:sqlserver://db:1433;databaseName=app;accessToken=${m}",
			"jdbc:h2:tcp://db/app;USER=sa;PASSWORD=${m}",
			"jdbc:db2://db:50000/app:user=ana;password=${m};currentSchema=S;",
			"jdbc:postgresql://db:5432/app?apiKey=${m}&secretAccessKey=${m}&credentials=${m}&token=${m}" })
	void keepsNoSecretButTheHostAndDatabaseInEveryForm(String template) {
		String sanitized = JdbcUrls.sanitize(template.replace("${m}", MARKER));
		assertThat(sanitized).doesNotContain(MARKER).doesNotContain("ana").contains("db").contains("app");
	}

}
