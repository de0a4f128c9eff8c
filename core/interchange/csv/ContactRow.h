#pragma once

#include "ContactMapping.h"
#include "CsvReader.h"
#include "model/Person.h"

namespace kith::csv {

// Turns the rows of one file into people, through the columns a mapping resolved against
// the file's header.
class ContactRowReader
{
public:
    ContactRowReader(const QStringList &headers, const ColumnMapping &mapping);

    // Fills `person` from `row`. Returns why the row cannot become a person, or an empty
    // string; `notes` receives what was left out of an otherwise usable row.
    QString read(const Row &row, Person &person, QStringList &notes) const;

private:
    struct Column
    {
        qsizetype index = -1;
        ContactField field = ContactField::Ignore;
        QString label;              // "work", "home", "mobile" as the header says
        qsizetype labelColumn = -1; // Google's "E-mail 1 - Label" beside "E-mail 1 - Value"
    };

    QString labelOf(const Column &column, const Row &row) const;
    void addEmails(const Column &column, const Row &row, Person &person, QStringList &notes) const;
    void addPhones(const Column &column, const Row &row, Person &person) const;
    void addProfile(const Column &column, const Row &row, Person &person, QStringList &notes) const;

    QList<Column> m_columns;
    qsizetype m_headerSize = 0;
};

// A date as contact files write it: 2024-03-01, 2024/03/01, 01 Mar 2024, March 1 2024,
// 3/1/2024 and 3/1/24 (month first, as the US writes, unless the first number cannot be a
// month), 1.3.2024 and 1.3.24 (day first), an ISO timestamp, or LinkedIn's
// "1/8/18, 6:14 PM". Invalid when it is none of those.
QDate parseLooseDate(QStringView text);

} // namespace kith::csv
