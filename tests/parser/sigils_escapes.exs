~s(escaped \) paren)
~s[escaped \] bracket]
~s{escaped \} brace}
~s<escaped \> angle>
~s|escaped \| pipe|
~s/escaped \/ slash/
~s"escaped \" quote"
~s'escaped \' quote'
~s(\n\t\x41\u00e9)
~S(\) stays)
~S|\| stays|
~s(\#{no})
~r/\n\t/
