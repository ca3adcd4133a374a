package dev.ratchet.state;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcUrlsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"jdbc:postgresql://db:5432/app | jdbc:postgresql://db:5432/app",
			"jdbc:postgresql://db:5432/app?user=ana&password=s3cret&ssl=true | jdbc:postgresql://db:5432/app?ssl=true",
			"jdbc:postgresql://db:5432/app?password=s3cret | jdbc:postgresql://db:5432/app",
			"jdbc:postgresql://ana:s3cret@db:5432/app | jdbc:postgresql://db:5432/app",
			"jdbc:mysql://root:s3cret@localhost:3306/test?useSSL=false | jdbc:mysql://localhost:3306/test?useSSL=false",
			"jdbc:h2:mem:test;DB_CLOSE_DELAY=-1;USER=sa;PASSWORD=s3cret | jdbc:h2:mem:test;DB_CLOSE_DELAY=-1",
			"jdbc:sqlserver://db:1433;databaseName=app;password=s3cret | jdbc:sqlserver://db:1433;databaseName=app",
			"jdbc:oracle:thin:ana/s3cret@db:1521/app | jdbc:oracle:thin:db:1521/app" })
	void removesCredentials(String url, String expected) {
		assertThat(JdbcUrls.sanitize(url)).isEqualTo(expected).doesNotContain("s3cret");
	}

}
