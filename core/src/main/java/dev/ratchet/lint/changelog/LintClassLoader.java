package dev.ratchet.lint.changelog;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import dev.ratchet.lint.UnresolvedChange;
import dev.ratchet.lint.UnresolvedCustomChange;
import liquibase.change.custom.CustomChangeWrapper;

/**
 * The class loader static lint parses with: every class comes from the parent, except that a
 * {@code customChange} class is always defined as an empty subclass of
 * {@link UnresolvedCustomChange} with the requested name, whether the parent has it or not:
 * static lint reads only the class's name, so a class of the changelog's project is never
 * initialized nor instantiated. Only loads requested by Liquibase's {@link CustomChangeWrapper}
 * get a stand-in; any other class comes from the parent, or stays missing. A change type no
 * class provides gets a subclass of {@link UnresolvedChange} on request.
 */
final class LintClassLoader extends ClassLoader {

	private static final StackWalker STACK = StackWalker.getInstance();

	private static final String WRAPPER = CustomChangeWrapper.class.getName();

	private static final String STAND_IN = UnresolvedCustomChange.class.getName().replace('.', '/');

	private static final String CHANGE_STAND_IN = UnresolvedChange.class.getName().replace('.', '/');

	private static final String CHANGE_PACKAGE = "dev.ratchet.lint.unresolved.";

	private static final int CONSTANT_UTF8 = 1;

	private static final int CONSTANT_CLASS = 7;

	private static final int CONSTANT_METHOD_REF = 10;

	private static final int CONSTANT_NAME_AND_TYPE = 12;

	private static final int THIS_NAME = 1;

	private static final int THIS_CLASS = 2;

	private static final int SUPER_NAME = 3;

	private static final int SUPER_CLASS = 4;

	private static final int INIT = 5;

	private static final int NO_ARGUMENTS = 6;

	private static final int INIT_NO_ARGUMENTS = 7;

	private static final int SUPER_INIT = 8;

	private static final int CODE = 9;

	private static final int POOL_SIZE = 10;

	private static final int ACC_PUBLIC = 0x0001;

	private static final int ACC_SUPER = 0x0020;

	private static final byte[] CONSTRUCTOR_CODE = { 0x2A, (byte) 0xB7, 0, SUPER_INIT, (byte) 0xB1 };

	LintClassLoader(ClassLoader parent) {
		super(parent);
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		if (isPlatformClass(name) || !requestedByCustomChangeWrapper()) {
			return super.loadClass(name, resolve);
		}
		synchronized (getClassLoadingLock(name)) {
			Class<?> loaded = findLoadedClass(name);
			return (loaded != null) ? loaded : define(name, STAND_IN);
		}
	}

	/**
	 * Returns whether a class is the JDK's or Liquibase's own (outside {@code liquibase.ext}):
	 * never a custom change, so the stack need not be walked for it.
	 */
	private static boolean isPlatformClass(String name) {
		return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
				|| (name.startsWith("liquibase.") && !name.startsWith("liquibase.ext."))
				|| name.equals(UnresolvedCustomChange.class.getName());
	}

	@Override
	protected Class<?> findClass(String name) throws ClassNotFoundException {
		throw new ClassNotFoundException(name);
	}

	/**
	 * Defines the stand-in of a change type that no class provides: a subclass of
	 * {@link UnresolvedChange} whose simple name is the change type's name.
	 * @param changeType the change type's name without namespace, a Java identifier
	 * @return the stand-in class
	 * @throws ClassNotFoundException when it cannot be defined
	 */
	synchronized Class<?> changeStandIn(String changeType) throws ClassNotFoundException {
		String name = CHANGE_PACKAGE + changeType;
		Class<?> loaded = findLoadedClass(name);
		return (loaded != null) ? loaded : define(name, CHANGE_STAND_IN);
	}

	private Class<?> define(String name, String superName) throws ClassNotFoundException {
		byte[] bytes = standIn(name.replace('.', '/'), superName);
		try {
			return defineClass(name, bytes, 0, bytes.length);
		}
		catch (LinkageError | SecurityException ex) {
			throw new ClassNotFoundException(name, ex);
		}
	}

	private static boolean requestedByCustomChangeWrapper() {
		return STACK.walk((frames) -> frames.anyMatch((frame) -> frame.getClassName().equals(WRAPPER)));
	}

	/**
	 * The class file of {@code public class <name> extends <superName>} with only its public
	 * no-argument constructor (class file version 52, so no stack map is needed).
	 */
	private static byte[] standIn(String internalName, String superName) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(buffer)) {
			out.writeInt(0xCAFEBABE);
			out.writeShort(0);
			out.writeShort(52);
			out.writeShort(POOL_SIZE);
			utf8(out, internalName);
			reference(out, CONSTANT_CLASS, THIS_NAME);
			utf8(out, superName);
			reference(out, CONSTANT_CLASS, SUPER_NAME);
			utf8(out, "<init>");
			utf8(out, "()V");
			reference(out, CONSTANT_NAME_AND_TYPE, INIT, NO_ARGUMENTS);
			reference(out, CONSTANT_METHOD_REF, SUPER_CLASS, INIT_NO_ARGUMENTS);
			utf8(out, "Code");
			out.writeShort(ACC_PUBLIC | ACC_SUPER);
			out.writeShort(THIS_CLASS);
			out.writeShort(SUPER_CLASS);
			out.writeShort(0);
			out.writeShort(0);
			out.writeShort(1);
			out.writeShort(ACC_PUBLIC);
			out.writeShort(INIT);
			out.writeShort(NO_ARGUMENTS);
			out.writeShort(1);
			out.writeShort(CODE);
			out.writeInt(CONSTRUCTOR_CODE.length + 12);
			out.writeShort(1);
			out.writeShort(1);
			out.writeInt(CONSTRUCTOR_CODE.length);
			out.write(CONSTRUCTOR_CODE);
			out.writeShort(0);
			out.writeShort(0);
			out.writeShort(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return buffer.toByteArray();
	}

	private static void utf8(DataOutputStream out, String value) throws IOException {
		out.writeByte(CONSTANT_UTF8);
		out.writeUTF(value);
	}

	private static void reference(DataOutputStream out, int tag, int... indexes) throws IOException {
		out.writeByte(tag);
		for (int index : indexes) {
			out.writeShort(index);
		}
	}

}
