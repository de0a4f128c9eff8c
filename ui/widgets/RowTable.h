#pragma once

#include "FieldWidget.h"
#include "RecordPicker.h"

#include <QVariant>

class QTableWidget;
class QPushButton;

namespace kith::ui {

// An editable list of small records inside an editor (e-mails, roles, cost lines,
// deadlines…): one row each, with Add and Remove. Each column edits one kind of value:
//   Text → QString, Choice → the enum key (QString), Date → QDate (invalid: none),
//   Money → qint64 cents, Check → bool, Record → Id (QVariant() when none).
class RowTable final : public FieldWidget
{
    Q_OBJECT

public:
    struct Column
    {
        enum Kind
        {
            Text,
            Choice,
            Date,
            Money,
            Check,
            Record
        };
        QString title;
        Kind kind = Text;
        QList<std::pair<QString, QString>> choices; // key, label (Choice)
        RecordPicker::Lookup lookup;                // (Record)
        int width = 0;                              // 0: share the rest
    };

    RowTable(const QString &name, QList<Column> columns, QWidget *parent = nullptr);

    int rowCount() const;
    // Values in column order; a Record cell takes {id, label} as a QVariantList.
    void addRow(const QVariantList &values = {});
    void clearRows();
    QVariant value(int row, int column) const;
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }

private:
    void setCell(int row, int column, const QVariant &value);

    QList<Column> m_columns;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace kith::ui
