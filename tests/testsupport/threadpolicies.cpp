// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadpolicies.h"

#include <QDir>
#include <QFile>

namespace tessera::test {

QMap<QString, int> threadPolicies()
{
    QMap<QString, int> policies;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        // Field 41 (policy) of stat, counted after the name's closing parenthesis.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 38)
            policies.insert(QString::fromUtf8(comm.readAll().trimmed()), fields.at(38).toInt());
    }
    return policies;
}

} // namespace tessera::test
