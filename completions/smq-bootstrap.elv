
set edit:completion:arg-completer[smq-bootstrap] = { |@words|
    var index = (count $words)
    set index = (- $index 1)

    put (env _CLAP_IFS="\n" _CLAP_COMPLETE_INDEX=(to-string $index) SMQ_BOOTSTRAP_COMPLETE="elvish" smq-bootstrap -- $@words) | to-lines
}

