package io.shiftlead.plugin.infrastructure.runtime;

import java.util.List;

/**
 * The {@code cluster} section of {@code GET /api/v1/status}, from the member that answers.
 *
 * @param enabled whether {@code cluster.enabled} is set (leases in the store, ADR 0014)
 * @param memberId this member's id in the store ({@code null} on a single server)
 * @param leasesHeld the connectors this member syncs now (the caller's visible ones)
 * @param liveMembers members with a fresh heartbeat in the store (1 on a single server)
 * @param grid the Payara Data Grid this server belongs to, {@code null} when there is none
 */
public record ClusterStatus(boolean enabled, String memberId, List<String> leasesHeld,
    long liveMembers, DataGrid.View grid) {}
