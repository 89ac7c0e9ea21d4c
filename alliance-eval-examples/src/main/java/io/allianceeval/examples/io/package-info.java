/**
 * Reading and writing files for the examples and the command line: CSV input read with Apache
 * Commons CSV (UTF-8 with or without a byte-order mark, LF or CRLF), every problem reported with
 * file, line and field, and output written atomically. The core library does no I/O; this is where
 * it happens.
 */
package io.allianceeval.examples.io;
