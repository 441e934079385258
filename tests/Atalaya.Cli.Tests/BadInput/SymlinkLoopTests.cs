namespace Atalaya.Cli.Tests.BadInput;

public sealed class SymlinkLoopTests
{
    [Fact]
    public async Task A_symlink_back_to_a_parent_folder_does_not_read_files_again()
    {
        using var temp = new TempFolder();
        var folder = temp.Folder("raiz");
        temp.Write(Path.Combine("raiz", "sub", "nota.txt"), "Roban cables de cobre en la subestación de San Telmo; la policía busca a tres hombres.\n");
        Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "arriba"), "..");

        var result = await AtalayaCli.RunAsync("extract", "--json", folder);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(Json.Documents(Json.Parse(result.StdOut)));
    }
}
