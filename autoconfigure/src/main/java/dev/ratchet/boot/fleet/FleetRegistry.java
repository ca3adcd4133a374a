package dev.ratchet.boot.fleet;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.ratchet.drift.SchemaReader;
import dev.ratchet.fleet.ContractChangeLog;
import dev.ratchet.fleet.Contractable;
import dev.ratchet.fleet.FleetInstance;
import dev.ratchet.fleet.FleetSettings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Keeps this instance's row in Ratchet's table of instances: written with what its release
 * maps as the application starts (on the fleet's own thread, not the startup's), its heartbeat every {@code ratchet.fleet.heartbeat} on a
 * daemon thread of its own (which also purges rows gone longer than
 * {@code ratchet.fleet.forget-after} and takes the {@link FleetSnapshot}; the first one a few
 * seconds after the start, so that reading the schema never competes with the startup),
 * removed on a graceful shutdown. A database user without the rights to create or write the table leaves
 * fleet features off with one warning.
 */
public class FleetRegistry implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(FleetRegistry.class);

	private static final long FIRST_SNAPSHOT_MILLIS = 5_000;

	private final DataSource dataSource;

	private final FleetSettings settings;

	private final FleetMember member;

	private final Supplier<Set<String>> mapped;

	private final Supplier<Set<String>> ownTables;

	private final Clock clock;

	private final List<Consumer<FleetSnapshot>> listeners = new CopyOnWriteArrayList<>();

	private volatile FleetInstance self;

	private volatile FleetSnapshot snapshot;

	private volatile ScheduledExecutorService executor;

	/**
	 * Creates a new instance.
	 * @param dataSource the application's data source
	 * @param settings the fleet settings
	 * @param member who this instance is
	 * @param mapped what its entities map, read once the application has started
	 * @param ownTables tables never contracted: Liquibase's
	 * @param clock the clock
	 */
	public FleetRegistry(DataSource dataSource, FleetSettings settings, FleetMember member,
			Supplier<Set<String>> mapped, Supplier<Set<String>> ownTables, Clock clock) {
		this.dataSource = dataSource;
		this.settings = settings;
		this.member = member;
		this.mapped = mapped;
		this.ownTables = ownTables;
		this.clock = clock;
	}

	/**
	 * Returns the fleet as the last heartbeat saw it.
	 * @return the snapshot, or {@code null} before the first one or with fleet features off
	 */
	public FleetSnapshot snapshot() {
		return this.snapshot;
	}

	/**
	 * Calls a listener with every snapshot taken from now on.
	 * @param listener the listener
	 */
	public void onSnapshot(Consumer<FleetSnapshot> listener) {
		this.listeners.add(listener);
	}

	@Override
	public void start() {
		Instant now = this.clock.instant();
		FleetInstance instance = new FleetInstance(UUID.randomUUID().toString(), this.member.application(),
				this.member.version(), this.member.host(), now, now, this.mapped.get());
		this.self = instance;
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "ratchet-fleet");
			thread.setDaemon(true);
			return thread;
		});
		this.executor = scheduler;
		scheduler.execute(() -> register(instance));
		long millis = Math.max(1, this.settings.heartbeat().toMillis());
		scheduler.scheduleWithFixedDelay(this::heartbeat, Math.min(millis, FIRST_SNAPSHOT_MILLIS), millis,
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Creates the table unless it exists and writes this instance's row; without the rights to,
	 * leaves fleet features off with one warning.
	 */
	private void register(FleetInstance instance) {
		try (Connection connection = this.dataSource.getConnection()) {
			this.settings.table().create(connection);
			this.settings.table().record(connection, instance);
		}
		catch (SQLException ex) {
			logger.warn("Fleet features are off: this instance could not create or write Ratchet's table of instances "
					+ this.settings.table().name() + " (" + ex.getMessage() + "). Grant the rights, or set "
					+ "ratchet.fleet.enabled=false.");
			this.self = null;
			ScheduledExecutorService scheduler = this.executor;
			this.executor = null;
			if (scheduler != null) {
				scheduler.shutdown();
			}
		}
	}

	/**
	 * Refreshes this instance's row, purges forgotten ones and takes a snapshot. Whatever it
	 * throws is logged and ends only this heartbeat.
	 */
	void heartbeat() {
		FleetInstance instance = this.self;
		if (instance == null) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			Instant now = this.clock.instant();
			FleetInstance beating = new FleetInstance(instance.id(), instance.application(), instance.version(),
					instance.host(), instance.startedAt(), now, instance.mapped());
			this.settings.table().record(connection, beating);
			this.settings.table().purge(connection, now.minus(this.settings.forgetAfter()));
			List<FleetInstance> recorded = this.settings.table().read(connection);
			Set<String> own = new HashSet<>(this.ownTables.get());
			own.add(this.settings.table().name());
			List<Contractable> contractable = Contractable.of(SchemaReader.read(connection), recorded, now,
					this.settings.ttl(), own);
			FleetSnapshot taken = new FleetSnapshot(now, instance.id(),
					recorded.stream().filter((other) -> other.live(now, this.settings.ttl())).toList(), contractable,
					ContractChangeLog.of(contractable));
			this.snapshot = taken;
			this.listeners.forEach((listener) -> listener.accept(taken));
		}
		catch (Throwable ex) {
			logger.warn("The fleet heartbeat of this instance failed; the next one runs in "
					+ this.settings.heartbeat() + ": " + ex);
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService scheduler = this.executor;
		this.executor = null;
		if (scheduler != null) {
			scheduler.shutdownNow();
			try {
				scheduler.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		FleetInstance instance = this.self;
		this.self = null;
		if (instance == null) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			this.settings.table().remove(connection, instance.id());
		}
		catch (SQLException ex) {
			logger.warn("Could not remove this instance from " + this.settings.table().name()
					+ "; it stops being live once its heartbeat is older than ratchet.fleet.ttl: " + ex.getMessage());
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
