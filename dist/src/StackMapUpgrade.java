import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar, writing every class file older than Java 6 (major version below 50) again as a Java 8 class file
 * with stack map frames; everything else, including each entry's order and time, is copied as it is.
 *
 * <p>Why: the JDK's AOT cache (JEP 483) and CDS archives leave out "old" classes, whose verification has to run at
 * start-up; picocli is compiled for Java 5, so each run loaded, verified and interpreted the classes it used from
 * the jar, about 50 ms of every start's wall time (docs/performance.md). Re-emitted with frames, the same bytecode
 * is split-verified like our own and the cache holds it. The instructions are not changed: the ClassFile API
 * (JDK 24+, JEP 484) writes each method body again element by element and computes the frames, resolving the class
 * hierarchy from the JDK and the jar itself.
 *
 * <p>Run with JDK 24 or later: {@code java StackMapUpgrade.java IN.jar OUT.jar}. Prints how many classes it wrote.
 */
public final class StackMapUpgrade {

    private static final int FIRST_SPLIT_VERIFIED_MAJOR = 50;
    private static final int TARGET_MAJOR = ClassFile.JAVA_8_VERSION;

    private StackMapUpgrade() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java StackMapUpgrade.java IN.jar OUT.jar");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int upgraded = 0;
        try (URLClassLoader jarLoader = new URLClassLoader(new URL[] {in.toUri().toURL()}, null);
                ZipFile jar = new ZipFile(in.toFile());
                ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(out))) {
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(
                    ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(jarLoader))));
            for (ZipEntry entry : Collections.list(jar.entries())) {
                byte[] bytes;
                try (InputStream stream = jar.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (entry.getName().endsWith(".class") && majorVersion(bytes) < FIRST_SPLIT_VERIFIED_MAJOR) {
                    bytes = upgrade(classFile, bytes);
                    upgraded++;
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                target.putNextEntry(copy);
                target.write(bytes);
                target.closeEntry();
            }
        }
        System.out.println(upgraded);
    }

    private static int majorVersion(byte[] classBytes) {
        return classBytes.length < 8 ? Integer.MAX_VALUE : ((classBytes[6] & 0xff) << 8) | (classBytes[7] & 0xff);
    }

    private static byte[] upgrade(ClassFile classFile, byte[] bytes) {
        ClassModel model = classFile.parse(bytes);
        // Transforming every method body makes the API emit each one again, and so compute its frames; a body
        // passed through untouched would be copied without them.
        ClassTransform newVersion = (builder, element) -> {
            if (element instanceof ClassFileVersion) {
                builder.withVersion(TARGET_MAJOR, 0);
            } else {
                builder.with(element);
            }
        };
        CodeTransform rewriteEachElement = (code, element) -> code.with(element);
        return classFile.transformClass(model,
                newVersion.andThen(ClassTransform.transformingMethodBodies(rewriteEachElement)));
    }
}
