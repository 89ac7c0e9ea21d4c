/**
 * The {@code alliance-eval} command line, built with picocli: {@code report} and {@code score}.
 * Bad input ends with exit code 2 and every problem on standard error, naming file, line and
 * field; {@code --out} files are written atomically, so a failed run leaves none.
 */
package io.allianceeval.examples.cli;
