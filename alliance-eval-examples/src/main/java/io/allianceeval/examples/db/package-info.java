/**
 * The embedded dynamic information database (联盟动态信息数据库): one SQLite file holding the
 * alliances and their dated activity entries, opened through JDBC, with a versioned schema.
 */
package io.allianceeval.examples.db;
