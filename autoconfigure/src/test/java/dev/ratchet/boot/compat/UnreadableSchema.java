package dev.ratchet.boot.compat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes the application's {@link DataSource} refuse to list the columns of a whole schema,
 * as a database without the privilege would, while a single table's columns (what
 * Liquibase asks for) can still be read.
 */
class UnreadableSchema implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof DataSource dataSource)) {
			return bean;
		}
		return proxy(DataSource.class, dataSource, (method, args) -> {
			Object result = invoke(dataSource, method, args);
			return (result instanceof Connection connection) ? connection(connection) : result;
		});
	}

	private static Connection connection(Connection connection) {
		return proxy(Connection.class, connection, (method, args) -> {
			Object result = invoke(connection, method, args);
			return (result instanceof DatabaseMetaData metaData) ? metaData(metaData) : result;
		});
	}

	private static DatabaseMetaData metaData(DatabaseMetaData metaData) {
		return proxy(DatabaseMetaData.class, metaData, (method, args) -> {
			if (method.getName().equals("getColumns") && "%".equals(args[2])) {
				throw new SQLException("permission denied for the schema's columns");
			}
			return invoke(metaData, method, args);
		});
	}

	private static <T> T proxy(Class<T> type, T target, Handler handler) {
		return type.cast(Proxy.newProxyInstance(UnreadableSchema.class.getClassLoader(), new Class<?>[] { type },
				(proxy, method, args) -> handler.handle(method, args)));
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@FunctionalInterface
	private interface Handler {

		Object handle(Method method, Object[] args) throws Throwable;

	}

}
