#include "RowTable.h"

#include "DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace kith::ui {

namespace {

constexpr double maxAmount = 10'000'000.0;

} // namespace

RowTable::RowTable(const QString &name, QList<Column> columns, QWidget *parent)
    : FieldWidget(parent)
    , m_columns(std::move(columns))
    , m_table(new QTableWidget(0, static_cast<int>(m_columns.size()), this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_add->setObjectName(name + QStringLiteral("AddButton"));
    m_remove->setObjectName(name + QStringLiteral("RemoveButton"));
    m_table->setAccessibleName(name);
    QStringList headers;
    for (const Column &column : m_columns)
        headers.append(column.title);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(90);
    m_table->setTabKeyNavigation(false);
    QHeaderView *header = m_table->horizontalHeader();
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].width > 0) {
            header->setSectionResizeMode(i, QHeaderView::Interactive);
            m_table->setColumnWidth(i, m_columns[i].width);
        } else {
            header->setSectionResizeMode(i, QHeaderView::Stretch);
        }
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->setCurrentCell(rowCount() - 1, 0);
        if (QWidget *cell = m_table->cellWidget(rowCount() - 1, 0))
            cell->setFocus();
        else
            m_table->editItem(m_table->item(rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            Q_EMIT changed();
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &FieldWidget::changed);
}

int RowTable::rowCount() const
{
    return m_table->rowCount();
}

void RowTable::addRow(const QVariantList &values)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < m_columns.size(); ++column)
        setCell(row, column, column < values.size() ? values[column] : QVariant());
    m_table->resizeRowToContents(row);
    Q_EMIT changed();
}

void RowTable::clearRows()
{
    m_table->setRowCount(0);
    Q_EMIT changed();
}

void RowTable::setCell(int row, int column, const QVariant &value)
{
    const Column &spec = m_columns[column];
    switch (spec.kind) {
    case Column::Text: {
        const QSignalBlocker blocker(m_table);
        m_table->setItem(row, column, new QTableWidgetItem(value.toString()));
        return;
    }
    case Column::Choice: {
        auto *combo = new QComboBox;
        for (const auto &[key, label] : spec.choices)
            combo->addItem(label, key);
        const int index = combo->findData(value.toString());
        combo->setCurrentIndex(index >= 0 ? index : 0);
        connect(combo, &QComboBox::currentIndexChanged, this, &FieldWidget::changed);
        m_table->setCellWidget(row, column, combo);
        return;
    }
    case Column::Date: {
        auto *date = new DateField;
        date->setDate(value.toDate());
        connect(date, &FieldWidget::changed, this, &FieldWidget::changed);
        m_table->setCellWidget(row, column, date);
        return;
    }
    case Column::Money: {
        auto *amount = new QDoubleSpinBox;
        amount->setRange(0.0, maxAmount);
        amount->setDecimals(2);
        amount->setGroupSeparatorShown(true);
        amount->setValue(double(value.toLongLong()) / 100.0);
        connect(amount, &QDoubleSpinBox::valueChanged, this, &FieldWidget::changed);
        m_table->setCellWidget(row, column, amount);
        return;
    }
    case Column::Check: {
        auto *check = new QCheckBox;
        check->setChecked(value.toBool());
        connect(check, &QCheckBox::toggled, this, &FieldWidget::changed);
        m_table->setCellWidget(row, column, check);
        return;
    }
    case Column::Record: {
        auto *picker = new RecordPicker(spec.lookup);
        const QVariantList pair = value.toList();
        if (pair.size() == 2 && !pair[0].isNull())
            picker->setRecord(pair[0].toLongLong(), pair[1].toString());
        connect(picker, &FieldWidget::changed, this, &FieldWidget::changed);
        m_table->setCellWidget(row, column, picker);
        return;
    }
    }
}

QVariant RowTable::value(int row, int column) const
{
    const Column &spec = m_columns[column];
    QWidget *cell = m_table->cellWidget(row, column);
    switch (spec.kind) {
    case Column::Text: {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    }
    case Column::Choice:
        return static_cast<QComboBox *>(cell)->currentData();
    case Column::Date:
        return static_cast<DateField *>(cell)->date();
    case Column::Money:
        return qint64(std::llround(static_cast<QDoubleSpinBox *>(cell)->value() * 100.0));
    case Column::Check:
        return static_cast<QCheckBox *>(cell)->isChecked();
    case Column::Record: {
        const auto *picker = static_cast<RecordPicker *>(cell);
        return picker->id() ? QVariant(*picker->id()) : QVariant();
    }
    }
    return {};
}

} // namespace kith::ui
