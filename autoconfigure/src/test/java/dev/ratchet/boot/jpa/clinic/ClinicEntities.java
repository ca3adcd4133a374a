package dev.ratchet.boot.jpa.clinic;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/**
 * Scans the clinic entities.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = ClinicEntities.class)
public class ClinicEntities {

}
