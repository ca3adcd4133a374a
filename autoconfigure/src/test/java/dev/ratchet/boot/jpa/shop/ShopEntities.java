package dev.ratchet.boot.jpa.shop;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/**
 * Scans the shop entities.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = ShopEntities.class)
public class ShopEntities {

}
