package dev.stressgate.report.gatling;

/**
 * Outcome of reading one simulation.log to its end.
 *
 * @param records records read, the run record included
 */
public record SimulationLogRead(RunHeader header, long records) {}
