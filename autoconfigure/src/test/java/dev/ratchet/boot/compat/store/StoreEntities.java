package dev.ratchet.boot.compat.store;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Scans the store entities, release 2 of a store whose database may still be at release 1.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = StoreEntities.class)
@EnableJpaRepositories(basePackageClasses = StoreEntities.class)
public class StoreEntities {

}
