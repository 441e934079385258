using System.Diagnostics;
using System.Text;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>
/// Inputs that are not plain files or have names that are not plain text: a FIFO, a link to /dev/zero, link
/// loops, a file nobody may read, names with line breaks, quotes and bytes that are not UTF-8; and a few large
/// documents (a 1 MB line, deep HTML) that must be bounded in time, not hang.
/// </summary>
public static class FuzzSpecialFiles
{
    /// <summary>Writes into <paramref name="folder"/>, which must be the only entry of its parent (a link points there).</summary>
    public static List<FuzzInput> WriteSpecial(Random random, FuzzArticles.Maker articles, string folder)
    {
        var inputs = new List<FuzzInput>();
        string Next() => articles.Next();

        for (var i = 0; i < 4; i++)
        {
            inputs.Add(FuzzFiles.Write("good-text", FuzzExpectation.Good, Path.Combine(folder, $"buena-{i}.txt"), Encoding.UTF8.GetBytes(Next())));
        }

        var fifo = Path.Combine(folder, "tuberia.jsonl");
        Shell("mkfifo \"$1\"", fifo);
        inputs.Add(FuzzInput.File("fifo", FuzzExpectation.Bad, fifo));

        var zero = Path.Combine(folder, "ceros.txt");
        File.CreateSymbolicLink(zero, "/dev/zero");
        inputs.Add(FuzzInput.File("symlink-to-dev-zero", FuzzExpectation.Bad, zero));

        var self = Path.Combine(folder, "yo-mismo.txt");
        File.CreateSymbolicLink(self, self);
        inputs.Add(FuzzInput.File("symlink-to-itself", FuzzExpectation.Bad, self));

        // A link back up the tree: the good files above must still be read once each (checked for every good input).
        var loop = Directory.CreateDirectory(Path.Combine(folder, "bucle")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(loop, "arriba"), folder);

        // And one above the folder given (which holds nothing else): followed blindly, it reads everything again and again.
        Directory.CreateSymbolicLink(Path.Combine(loop, "mas-arriba"), Path.GetDirectoryName(folder)!);
        inputs.Add(FuzzFiles.Write("good-text-beside-a-symlink-loop", FuzzExpectation.Good, Path.Combine(loop, "dentro.txt"), Encoding.UTF8.GetBytes(Next())));

        // Tests may run as root, where a mode of 000 does not stop reading: then the file is simply a good one.
        var locked = Path.Combine(folder, "cerrado.txt");
        File.WriteAllText(locked, Next());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(locked, UnixFileMode.None);
        }

        inputs.Add(CanRead(locked) ? FuzzInput.File("unreadable-file (readable: running as root)", FuzzExpectation.Good, locked) : FuzzInput.File("unreadable-file", FuzzExpectation.Bad, locked));

        var newline = Path.Combine(folder, "nota-nl-4471\nsegunda \"línea\" 'x'.txt");
        File.WriteAllText(newline, Next());
        
        // A valid name, if an odd one: read, or refused with a safe rendering of the name; never lost silently.
        inputs.Add(FuzzInput.OddName("name-with-newline-and-quotes", FuzzExpectation.Hostile, newline, "nota-nl-4471"));

        var newlineBad = Path.Combine(folder, "ruido-nl-5823\n\u001b[31mrojo.txt");
        File.WriteAllBytes(newlineBad, FuzzFiles.RandomBytes(random, 2048));
        inputs.Add(FuzzInput.OddName("bad-file-with-newline-and-escape-in-name", FuzzExpectation.Bad, newlineBad, "ruido-nl-5823"));

        // .NET cannot spell a name that is not UTF-8; the shell can.
        Shell("printf '%s' \"$2\" > \"$1/nombre-$(printf '\\377\\376')-9127.txt\"", folder, Next());
        inputs.Add(FuzzInput.OddName("name-not-utf8", FuzzExpectation.Bad, "", "9127"));
        return inputs;
    }

    public static List<FuzzInput> WriteLarge(Random random, FuzzArticles.Maker articles, string folder)
    {
        var inputs = new List<FuzzInput>();
        string Next() => articles.Next();
        for (var i = 0; i < 3; i++)
        {
            inputs.Add(FuzzFiles.Write("good-text", FuzzExpectation.Good, Path.Combine(folder, $"buena-{i}.txt"), Encoding.UTF8.GetBytes(Next())));
        }

        // One line of 1 MB: sentences without a single line break.
        var line = new StringBuilder();
        while (line.Length < 1024 * 1024)
        {
            line.Append(Next()).Append(' ');
        }

        inputs.Add(FuzzFiles.Write("one-line-of-1-MB", FuzzExpectation.Hostile, Path.Combine(folder, "una-linea.txt"), Encoding.UTF8.GetBytes(line.ToString())));
        inputs.Add(FuzzFiles.Write("deeply-nested-html", FuzzExpectation.Hostile, Path.Combine(folder, "profundo.html"),
            Encoding.UTF8.GetBytes(FuzzFiles.Repeat("<div>", 50_000) + "<p>" + Next() + "</p>" + FuzzFiles.Repeat("</div>", 50_000))));
        inputs.Add(FuzzFiles.Write("many-paragraphs-html", FuzzExpectation.Hostile, Path.Combine(folder, "parrafos.html"),
            Encoding.UTF8.GetBytes("<html><body>" + FuzzFiles.Repeat("<p>x</p>", 50_000) + "<p>" + Next() + "</p></body></html>")));
        inputs.Add(FuzzFiles.Write("deeply-nested-json-of-1-MB", FuzzExpectation.Bad, Path.Combine(folder, "profundo.json"),
            Encoding.UTF8.GetBytes("{\"text\": " + new string('[', 1024 * 1024) + "}")));
        return inputs;
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Runs a /bin/sh script with arguments ($1, $2...) and waits for it.</summary>
    private static void Shell(string script, params string[] args)
    {
        var info = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.ArgumentList.Add("sh");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"sh -c '{script}' failed with {process.ExitCode}");
        }
    }
}
