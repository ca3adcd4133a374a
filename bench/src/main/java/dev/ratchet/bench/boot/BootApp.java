package dev.ratchet.bench.boot;

import java.lang.management.ManagementFactory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * The application whose boot is timed, shaped like the applications that use Ratchet: Spring
 * Boot with the web layer, the actuator, the Prometheus registry, JPA and Liquibase, with or
 * without Ratchet on its classpath. It prints how long the JVM took to be ready and the CPU
 * time it used until then, then exits.
 */
@SpringBootApplication
public class BootApp {

	/**
	 * The line the application prints when it is ready, followed by milliseconds.
	 */
	public static final String READY = "ratchet-bench ready-ms=";

	/**
	 * What follows the milliseconds on that line: the CPU time the process used until then.
	 */
	public static final String CPU = " cpu-ms=";

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BootApp.class);
		application.addListeners((ApplicationListener<ApplicationReadyEvent>) (event) -> {
			long readyMs = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
			long cpuMs = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime() / 1_000_000;
			System.out.println(READY + readyMs + CPU + cpuMs);
			event.getApplicationContext().close();
		});
		application.run(args);
	}

	/**
	 * One of the generated tables, mapped by an entity.
	 */
	@Entity
	@Table(name = "t0001")
	public static class First {

		@Id
		private Long id;

		private String c1;

		private String c2;

	}

	/**
	 * Another generated table, mapped by an entity.
	 */
	@Entity
	@Table(name = "t0002")
	public static class Second {

		@Id
		private Long id;

		private String c1;

	}

}
