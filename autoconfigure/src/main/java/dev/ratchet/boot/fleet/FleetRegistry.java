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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.ratchet.drift.LiveSchema;
import dev.ratchet.drift.SchemaReader;
import dev.ratchet.fleet.ContractChangeLog;
import dev.ratchet.fleet.Contractable;
import dev.ratchet.fleet.FleetInstance;
import dev.ratchet.fleet.FleetSettings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps this instance's row in Ratchet's table of instances, all on a daemon thread of its
 * own so that nothing of it runs on the startup thread: the row is written with what the
 * release maps as the application starts (and again on the next heartbeat when the database
 * could not be reached), refreshed every {@code ratchet.fleet.heartbeat}, and removed on a
 * graceful shutdown. Each heartbeat also purges rows gone longer than
 * {@code ratchet.fleet.forget-after} and takes the {@link FleetSnapshot}; heartbeats start
 * once the application is ready, and the schema, for what no live instance maps, is read
 * once per {@link FleetScope#readEvery()}. A database user without the rights to create or write the
 * table leaves fleet features off with one warning.
 */
public class FleetRegistry implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(FleetRegistry.class);

	private final DataSource dataSource;

	private final FleetSettings settings;

	private final Supplier<FleetMember> member;

	private final Supplier<Set<String>> mapped;

	private final FleetScope scope;

	private final Clock clock;

	private final List<Consumer<FleetSnapshot>> listeners = new CopyOnWriteArrayList<>();

	private volatile String id;

	private volatile Instant startedAt;

	private volatile FleetInstance self;

	private volatile FleetSnapshot snapshot;

	private volatile ScheduledExecutorService executor;

	private final AtomicBoolean beating = new AtomicBoolean();

	private Instant schemaReadAt;

	private LiveSchema schema;

	/**
	 * Creates a new instance.
	 * @param dataSource the data source of the changelog's database
	 * @param settings the fleet settings
	 * @param member who this instance is, worked out on the fleet's thread
	 * @param mapped what its entities map, read once the application has started
	 * @param scope where to look for what can be contracted
	 * @param clock the clock
	 */
	public FleetRegistry(DataSource dataSource, FleetSettings settings, Supplier<FleetMember> member,
			Supplier<Set<String>> mapped, FleetScope scope, Clock clock) {
		this.dataSource = dataSource;
		this.settings = settings;
		this.member = member;
		this.mapped = mapped;
		this.scope = scope;
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
		this.id = UUID.randomUUID().toString();
		this.startedAt = this.clock.instant();
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "ratchet-fleet");
			thread.setDaemon(true);
			return thread;
		});
		this.executor = scheduler;
		scheduler.execute(this::register);
	}

	/**
	 * Starts the heartbeats once the application is ready, so that reading the schema never
	 * competes with the startup.
	 * @param event the event
	 */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ScheduledExecutorService scheduler = this.executor;
		if (scheduler != null && !scheduler.isShutdown() && this.beating.compareAndSet(false, true)) {
			long millis = Math.max(1, this.settings.heartbeat().toMillis());
			scheduler.scheduleWithFixedDelay(this::heartbeat, 0, millis, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Writes this instance's row, creating the table unless it exists. Without the rights
	 * to, fleet features are off; any other failure is tried again on the next heartbeat.
	 */
	private void register() {
		FleetMember who = this.member.get();
		FleetInstance instance = new FleetInstance(this.id, who.application(), who.version(), who.host(),
				this.startedAt, this.clock.instant(), this.mapped.get());
		try (Connection connection = connection()) {
			this.settings.table().create(connection);
			this.settings.table().record(connection, instance);
			this.self = instance;
		}
		catch (SQLException ex) {
			if (!denied(ex)) {
				logger.warn("This instance could not register in Ratchet's table of instances "
						+ this.settings.table().name() + "; it tries again on its next heartbeat: " + ex.getMessage());
				return;
			}
			logger.warn("Fleet features are off: this instance may not create or write Ratchet's table of instances "
					+ this.settings.table().name() + " (" + ex.getMessage() + "). Grant the rights, or set "
					+ "ratchet.fleet.enabled=false.");
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
			register();
			return;
		}
		try (Connection connection = connection()) {
			Instant now = this.clock.instant();
			this.settings.table().record(connection, new FleetInstance(instance.id(), instance.application(),
					instance.version(), instance.host(), instance.startedAt(), now, instance.mapped()));
			this.settings.table().purge(connection, now.minus(this.settings.forgetAfter()));
			List<FleetInstance> recorded = this.settings.table().read(connection);
			List<Contractable> contractable = Contractable.of(schema(connection, now), recorded, now,
					this.settings.ttl(), ownTables());
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

	private LiveSchema schema(Connection connection, Instant now) throws SQLException {
		if (this.schema == null || !now.isBefore(this.schemaReadAt.plus(this.scope.readEvery()))) {
			this.schema = (this.scope.schema() != null) ? SchemaReader.read(connection, null, this.scope.schema())
					: SchemaReader.read(connection);
			this.schemaReadAt = now;
		}
		return this.schema;
	}

	private Set<String> ownTables() {
		Set<String> own = new HashSet<>(this.scope.ownTables());
		own.add(this.settings.table().name());
		return own;
	}

	/**
	 * Borrows a connection whose writes commit as they run, whatever the pool's default.
	 */
	private Connection connection() throws SQLException {
		Connection connection = this.dataSource.getConnection();
		try {
			if (!connection.getAutoCommit()) {
				connection.setAutoCommit(true);
			}
			return connection;
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
	}

	/**
	 * Returns whether a failure says the user lacks the rights: SQLSTATE class 42501 or 28,
	 * MariaDB's and MySQL's 1044 and 1142, H2's 90096.
	 */
	private static boolean denied(SQLException ex) {
		String state = ex.getSQLState();
		int code = ex.getErrorCode();
		return "42501".equals(state) || (state != null && state.startsWith("28")) || code == 1044 || code == 1142
				|| code == 90096;
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
		try (Connection connection = connection()) {
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
