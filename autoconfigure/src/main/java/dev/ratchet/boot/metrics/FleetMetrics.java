package dev.ratchet.boot.metrics;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ratchet.boot.fleet.FleetRegistry;
import dev.ratchet.boot.fleet.FleetSnapshot;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Meters on the fleet, read from the snapshot each heartbeat takes: live instances per
 * release, and the tables and columns no live instance maps. A scrape never touches the
 * database.
 */
public class FleetMetrics implements MeterBinder {

	private final FleetRegistry fleet;

	/**
	 * Creates a new instance.
	 * @param fleet this instance's registry in the fleet
	 */
	public FleetMetrics(FleetRegistry fleet) {
		this.fleet = fleet;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("migrations.fleet.contractable", this.fleet, FleetMetrics::contractable)
			.description("Columns and tables in the database that no live instance maps")
			.register(registry);
		MultiGauge instances = MultiGauge.builder("migrations.fleet.instances")
			.description("Live instances of each release")
			.register(registry);
		this.fleet.onSnapshot((snapshot) -> instances.register(rows(snapshot), true));
		FleetSnapshot first = this.fleet.snapshot();
		if (first != null) {
			instances.register(rows(first), true);
		}
	}

	private static double contractable(FleetRegistry fleet) {
		FleetSnapshot snapshot = fleet.snapshot();
		return (snapshot != null) ? snapshot.contractable().size() : Double.NaN;
	}

	private static List<MultiGauge.Row<?>> rows(FleetSnapshot snapshot) {
		Map<Tags, Long> releases = snapshot.instances().stream()
			.collect(Collectors.groupingBy(
					(instance) -> Tags.of("application", instance.application(), "version", instance.version()),
					Collectors.counting()));
		return releases.entrySet().stream()
			.<MultiGauge.Row<?>>map((release) -> MultiGauge.Row.of(release.getKey(), release.getValue()))
			.toList();
	}

}
