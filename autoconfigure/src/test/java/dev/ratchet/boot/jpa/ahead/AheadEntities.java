package dev.ratchet.boot.jpa.ahead;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/**
 * Scans the entities of release 2 of an application whose database is at release 1.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = AheadEntities.class)
public class AheadEntities {

}
