%User
