package dev.ratchet.drift;

/**
 * A database sequence an entity's identifier is drawn from.
 *
 * @param name the sequence name
 * @param startValue its first value
 * @param incrementBy how much each call advances it
 */
public record MappedSequence(String name, long startValue, long incrementBy) {

}
