using Microsoft.AspNetCore.Identity;

namespace CareerClusters.Web.Features.Admin;

/// <summary>Hashes and checks the one admin password with ASP.NET Core Identity's PBKDF2 hasher.</summary>
public static class AdminPassword
{
    private static readonly PasswordHasher<string> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword("admin", password);

    public static bool Verify(string hash, string password)
    {
        try
        {
            return Hasher.VerifyHashedPassword("admin", hash, password) != PasswordVerificationResult.Failed;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>`hash-password`: reads a password from standard input and prints its hash for configuration.</summary>
    public static int RunCommand(TextReader input, TextWriter output)
    {
        output.WriteLine("Type the admin password and press Enter:");
        string? password = input.ReadLine();
        if (string.IsNullOrEmpty(password) || password.Length < 12)
        {
            output.WriteLine("Use a password of at least 12 characters.");
            return 1;
        }
        output.WriteLine(Hash(password));
        output.WriteLine("Set it as Admin:PasswordHash in configuration, or as the environment variable Admin__PasswordHash.");
        return 0;
    }
}
