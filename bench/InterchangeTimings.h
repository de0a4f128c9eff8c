#pragma once

#include <QJsonObject>

namespace kith::bench {

// The file formats at scale, each in a database of its own: a LinkedIn Connections.csv of
// `rows` connections imported (planned, de-duplicated, written with the search index)
// against the sqlite3 shell's `.import` of the same file into a plain table
// (linkedin_import_vs_shell: how many times the shell's time), vCard 4.0 parsing in cards
// per second, and the vCard export of `rows` people.
QJsonObject measureInterchange(int rows, const QString &scratchDir);

} // namespace kith::bench
