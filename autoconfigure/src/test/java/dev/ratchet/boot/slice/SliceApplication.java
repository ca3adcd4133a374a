package dev.ratchet.boot.slice;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the slice tests of this package find: one entity, {@link Note}, whose
 * {@code pinned} column release 1 of its changelog lacks.
 */
@SpringBootApplication
public class SliceApplication {

}
