package dev.driftguard.catalog;

import java.util.List;

/**
 * The partition key of a partitioned table ({@code PARTITION BY RANGE|LIST|HASH (...)}).
 *
 * @param columns     the plain columns of the key, in order
 * @param expressions true when some part of the key is an expression rather than a column
 */
public record PartitionKey(List<String> columns, boolean expressions) {

    public PartitionKey {
        columns = List.copyOf(columns);
    }
}
