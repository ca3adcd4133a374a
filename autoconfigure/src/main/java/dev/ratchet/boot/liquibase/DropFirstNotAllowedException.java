package dev.ratchet.boot.liquibase;

/**
 * Thrown when {@code spring.liquibase.drop-first=true} would drop every object of the
 * schema and {@code ratchet.validation.allow-drop-first} is not set.
 */
public class DropFirstNotAllowedException extends RuntimeException {

	private final String beanName;

	/**
	 * Creates a new instance.
	 * @param beanName the {@code SpringLiquibase} bean configured to drop first
	 */
	public DropFirstNotAllowedException(String beanName) {
		super("Ratchet blocked the Liquibase update of '" + beanName
				+ "': drop-first is set and would drop every object in the schema; nothing ran.");
		this.beanName = beanName;
	}

	/**
	 * Returns the bean configured to drop first.
	 * @return the bean name
	 */
	public String getBeanName() {
		return this.beanName;
	}

}
