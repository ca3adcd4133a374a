/**
 * Schema drift: how the live database disagrees with the entities and the changelog.
 */
package dev.ratchet.drift;
