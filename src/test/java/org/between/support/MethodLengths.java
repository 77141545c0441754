package org.between.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.Label;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/**
 * How many source lines each method's body spans, read from the compiled classes' line
 * number tables (first to last line with code; the signature and the closing brace are
 * not counted). A lambda's lines count in the method that contains it.
 */
public final class MethodLengths {

	private MethodLengths() {
	}

	/** Every method of the classes, longest first. */
	public static List<MethodLength> of(JavaClasses classes) {
		List<MethodLength> lengths = new ArrayList<>();
		for (JavaClass type : classes) {
			lengths.addAll(of(type.reflect()));
		}
		lengths.sort(Comparator.comparingInt(MethodLength::lines).reversed());
		return lengths;
	}

	static List<MethodLength> of(Class<?> type) {
		String resource = "/" + type.getName().replace('.', '/') + ".class";
		try (InputStream in = type.getResourceAsStream(resource)) {
			Lines lines = new Lines();
			new ClassReader(in).accept(lines, ClassReader.SKIP_FRAMES);
			return lines.lengths(type.getName());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A method and the lines its body spans. */
	public record MethodLength(String method, int lines) {

		@Override
		public String toString() {
			return this.method + " (" + this.lines + " lines)";
		}

	}

	/** The first and last line of a method with code. */
	private record Span(String name, int first, int last) {

		Span with(Span lambda) {
			return new Span(this.name, this.first, Math.max(this.last, lambda.last));
		}

	}

	/**
	 * Collects each method's span; a lambda ({@code lambda$name$0}) extends the method of
	 * that name it follows. Constructors and static initialisers are left out (their
	 * lines include the field initialisers).
	 */
	private static final class Lines extends ClassVisitor {

		private final List<Span> methods = new ArrayList<>();

		private final List<Span> lambdas = new ArrayList<>();

		Lines() {
			super(Opcodes.ASM9);
		}

		@Override
		public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
				String[] exceptions) {
			boolean lambda = name.startsWith("lambda$");
			if (name.startsWith("<") || (!lambda && (access & Opcodes.ACC_SYNTHETIC) != 0)) {
				return null;
			}
			return new MethodVisitor(Opcodes.ASM9) {

				private int first = Integer.MAX_VALUE;

				private int last = Integer.MIN_VALUE;

				@Override
				public void visitLineNumber(int line, Label start) {
					this.first = Math.min(this.first, line);
					this.last = Math.max(this.last, line);
				}

				@Override
				public void visitEnd() {
					if (this.first <= this.last) {
						(lambda ? Lines.this.lambdas : Lines.this.methods)
							.add(new Span(lambda ? name.split("\\$")[1] : name, this.first, this.last));
					}
				}

			};
		}

		List<MethodLength> lengths(String owner) {
			List<Span> spans = new ArrayList<>(this.methods);
			for (Span lambda : this.lambdas) {
				spans.stream()
					.filter((m) -> m.name().equals(lambda.name()) && m.first() <= lambda.first())
					.max(Comparator.comparingInt(Span::first))
					.ifPresent((m) -> spans.set(spans.indexOf(m), m.with(lambda)));
			}
			return spans.stream()
				.map((m) -> new MethodLength(owner + "." + m.name() + ":" + m.first(), m.last() - m.first() + 1))
				.toList();
		}

	}

}
