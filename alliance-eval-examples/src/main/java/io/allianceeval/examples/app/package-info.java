/**
 * The application layer: what a command does besides parsing its options — reading the inputs,
 * evaluating, building the history and the award, assembling what a report is composed from, and
 * rendering it — as plain classes that take values and return values. The command line calls them;
 * the web server calls the same ones. One run reads each file once and evaluates each year once.
 *
 * <p>Nothing here parses options or prints: a bad input is a {@code BadInputException} with every
 * problem, a storage failure a {@code StorageException}.
 */
package io.allianceeval.examples.app;
