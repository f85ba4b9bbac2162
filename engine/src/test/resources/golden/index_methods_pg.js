// Twin of index_methods_pg.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Doc', {
    title: DataTypes.STRING, slug: DataTypes.STRING, code: DataTypes.STRING, body: DataTypes.TEXT,
    tags: DataTypes.JSONB, data: DataTypes.JSONB, search: DataTypes.TSVECTOR,
    postedAt: DataTypes.DATE,
  }, { timestamps: false, indexes: [
    { fields: ['tags'], using: 'GIN' },
    { name: 'doc_data_path', fields: [{ name: 'data', operator: 'jsonb_path_ops' }], using: 'gin' },
    { fields: ['search'], using: 'GIST' },
    { fields: ['code'], using: 'HASH' },
    { fields: ['postedAt'], using: 'BRIN' },
    { fields: ['body'], using: 'SPGIST' },
    { name: 'doc_title_slug_pattern', fields: ['title', 'slug'], operator: 'varchar_pattern_ops' },
    { name: 'doc_title_c', fields: [{ name: 'title', collate: 'C', order: 'DESC' }, { name: 'code', operator: 'text_pattern_ops', collate: 'POSIX' }] },
    { name: 'doc_slug_unique', unique: true, fields: [{ name: 'slug', operator: 'varchar_pattern_ops' }], using: 'BTREE' },
  ] });
};
