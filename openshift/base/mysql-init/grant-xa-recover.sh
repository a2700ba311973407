# Sourced by the MySQL image at every start, once its users exist (the image's mysql-init hook).
# MySQL 8 lets a user see its in-doubt XA branches only with XA_RECOVER_ADMIN: without it Liberty's
# transaction manager cannot finish a two-phase commit that a crash interrupted (docs/decisions.md, 1).
mysql $mysql_flags <<EOSQL
GRANT XA_RECOVER_ADMIN ON *.* TO '${MYSQL_USER}'@'%';
EOSQL
