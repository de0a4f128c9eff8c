#pragma once

#include "common/Result.h"
#include "interchange/ImportBatch.h"

#include <QUuid>

// vCard files: Kith's own reader and writer, as no Qt 6 vCard library ships in Debian 12.
//
// The reader is liberal: vCard 2.1, 3.0 and 4.0 as phones, mail clients and address books
// write them (folded lines, quoted-printable and charsets, Apple's grouped labels, inline
// and data: photos), several cards per file. A card it cannot use is reported with its line
// and the reason, and the rest of the file still imports. A card keeps at most 1,000 values
// of each repeated property (e-mail addresses, phone numbers, web and social profiles,
// categories, roles, labels); the rest are left out with one note per property.
//
// The writer is strict vCard 4.0 (RFC 6350): CRLF, lines folded at 75 octets without
// splitting a UTF-8 character, VERSION right after BEGIN, a UID that stays the same on every
// export. What Kith holds and vCard has no property for travels as X-KITH-* properties
// (roles over time, relationship kinds, keep-in-touch cadence, known since), so an export
// read back by Kith gives the same people.
namespace kith::vcard {

// Every card of the file, with origin "vcard". Fails (Parse) only when the file is not a
// vCard file at all; an empty file gives an empty batch.
Result<ImportBatch> read(const QByteArray &data, const QString &fileName);
Result<ImportBatch> readFile(const QString &path);

// Kith's namespace for the UIDs it makes up for people who have none.
QUuid defaultUidNamespace();

struct WriteOptions
{
    // Exporters pass the database's own id (ical::databaseUid()) so that two databases
    // never give different people the same UID.
    QUuid uidNamespace = defaultUidNamespace();
};

// The UID a person has in exports: their own (kept from an imported card), or
// urn:uuid:<UUIDv5 of the namespace and "person-<id>">, which is the same on every export
// of the same person.
QString uidFor(const Person &person, const QUuid &uidNamespace = defaultUidNamespace());

QByteArray write(const QList<Person> &people, const WriteOptions &options = {});
// Writes the file all at once (the old file stays until the new one is complete).
Status writeFile(const QString &path, const QList<Person> &people,
                 const WriteOptions &options = {});

} // namespace kith::vcard
