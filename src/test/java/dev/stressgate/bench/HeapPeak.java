package dev.stressgate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap of one measured step: {@link #start()} collects garbage and resets the heap pools' peak usage;
 * {@link #bytes()} sums the pools' peaks since then. The sum may exceed the true simultaneous peak (pools peak at
 * different moments), so it is an upper bound.
 */
final class HeapPeak {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();

    static HeapPeak start() {
        System.gc();
        HeapPeak peak = new HeapPeak();
        peak.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        return peak;
    }

    long bytes() {
        return heapPools.stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
