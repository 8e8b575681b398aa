"one \
two"
"no\
space"
'charlist \
continued'
