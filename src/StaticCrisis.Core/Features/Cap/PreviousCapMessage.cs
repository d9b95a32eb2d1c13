namespace StaticCrisis.Core.Features.Cap;

/// <summary>A CAP message found in the output of the previous build, with its exact bytes and the fields that place it in the incident.</summary>
public sealed record PreviousCapMessage(string Identifier, string Sender, string Status, DateTimeOffset Sent, string SentText, byte[] Bytes);
