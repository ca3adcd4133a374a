/**
 * The changelog linter at the centre: the changeset and changelog linters, policy,
 * approvals, findings and reports. The packages around it read changelogs
 * ({@code changelog}), history ({@code history}), database catalogs ({@code jdbc}), write
 * reports ({@code report}) and run static lint ({@code run}, {@code cli}); it depends on
 * none of them.
 */
package dev.ratchet.lint;
