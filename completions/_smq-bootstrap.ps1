
Register-ArgumentCompleter -Native -CommandName smq-bootstrap -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $prev = $env:SMQ_BOOTSTRAP_COMPLETE;
    $env:SMQ_BOOTSTRAP_COMPLETE = "powershell";

    $args = $commandAst.Extent.Text
    $args = $args.Substring(0, [math]::Min($cursorPosition, $args.Length));
    if ($wordToComplete -eq "") {
        $args += " ''";
    }

    $results = Invoke-Expression @"
& smq-bootstrap -- $args
"@;
    if ($null -eq $prev) {
        Remove-Item Env:\SMQ_BOOTSTRAP_COMPLETE;
    } else {
        $env:SMQ_BOOTSTRAP_COMPLETE = $prev;
    }
    $results | ForEach-Object {
        $split = $_.Split("`t");
        $cmd = $split[0];

        if ($split.Length -eq 2) {
            $help = $split[1];
        }
        else {
            $help = $split[0];
        }

        [System.Management.Automation.CompletionResult]::new($cmd, $cmd, 'ParameterValue', $help)
    }
};
        
