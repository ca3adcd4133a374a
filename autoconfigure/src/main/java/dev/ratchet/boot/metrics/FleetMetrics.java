package dev.ratchet.boot.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.ratchet.boot.fleet.FleetRegistry;
import dev.ratchet.boot.fleet.FleetSnapshot;
import dev.ratchet.fleet.FleetInstance;
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
		Map<List<String>, Integer> releases = new TreeMap<>((a, b) -> String.join("\u0000", a)
			.compareTo(String.join("\u0000", b)));
		for (FleetInstance instance : snapshot.instances()) {
			releases.merge(List.of(instance.application(), instance.version()), 1, Integer::sum);
		}
		return releases.entrySet().stream()
			.<MultiGauge.Row<?>>map((release) -> MultiGauge.Row.of(
					Tags.of("application", release.getKey().get(0), "version", release.getKey().get(1)),
					release.getValue()))
			.toList();
	}

}
