package dev.ratchet.bench.boot;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

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
			if (Boolean.getBoolean("ratchet.bench.threads")) {
				printThreadCpu();
			}
			event.getApplicationContext().close();
		});
		application.run(args);
	}

	/**
	 * Prints the CPU time each live thread used, the largest first, to see what competes
	 * with the startup thread.
	 */
	private static void printThreadCpu() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Arrays.stream(threads.getThreadInfo(threads.getAllThreadIds()))
			.filter(Objects::nonNull)
			.map((info) -> Map.entry(info.getThreadName(), threads.getThreadCpuTime(info.getThreadId()) / 1_000_000))
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(15)
			.forEach((thread) -> System.out.printf("thread %6d ms CPU %s%n", thread.getValue(), thread.getKey()));
	}

	/**
	 * One of the generated tables, mapped by the application's one entity.
	 */
	@Entity
	@Table(name = "t0001")
	public static class Customer {

		@Id
		private Long id;

		private String name;

		private String c1;

		private String c2;

	}

}
