// Twin of foreign_key_field.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  const User = sequelize.define('User', { name: DataTypes.STRING }, { timestamps: false });
  const Post = sequelize.define('Post', { title: DataTypes.STRING }, { timestamps: false });
  const Tag = sequelize.define('Tag', { label: DataTypes.STRING }, { timestamps: false });
  User.hasMany(Post, { foreignKey: { name: 'authorId', field: 'author_id' } });
  Post.belongsTo(User, { foreignKey: { name: 'authorId', field: 'author_id' } });
  Post.belongsTo(User, { as: 'editor', foreignKey: { name: 'editorId', field: 'editor_ref', allowNull: true } });
  Post.belongsTo(User, { as: 'reviewer', foreignKey: { name: 'reviewerId', defaultValue: 1 } });
  Post.belongsToMany(Tag, { through: 'PostTags', timestamps: false, foreignKey: { name: 'postId', field: 'post_id' },
    otherKey: { name: 'tagId', field: 'tag_id' } });
};
