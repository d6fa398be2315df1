# AWS Field Guide example - the same kind of web tier in Terraform (AWS provider v5).
# Lines marked "EXAMPLE PROBLEM" break a best practice on purpose, so the extension has something
# to flag.

terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project     = "aws-field-guide-example"
      Environment = var.environment
    }
  }
}

variable "region" {
  type    = string
  default = "ap-northeast-2" # Seoul
}

variable "environment" {
  type    = string
  default = "demo"
}

data "aws_caller_identity" "current" {}

# --- Network -----------------------------------------------------------------------------------

resource "aws_vpc" "main" {
  cidr_block           = "10.30.0.0/16"
  enable_dns_support   = true
  enable_dns_hostnames = true
}

resource "aws_subnet" "public_a" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.30.0.0/24"
  availability_zone       = "${var.region}a"
  map_public_ip_on_launch = true # EXAMPLE PROBLEM: every instance here gets a public IP
}

resource "aws_network_acl" "public" {
  vpc_id     = aws_vpc.main.id
  subnet_ids = [aws_subnet.public_a.id]
}

resource "aws_network_acl_rule" "https_in" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}

# EXAMPLE PROBLEM: RDP (3389) allowed into the subnet from anywhere.
resource "aws_network_acl_rule" "rdp_in" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 110
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 3389
  to_port        = 3389
}

resource "aws_network_acl_rule" "ephemeral_out" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = true
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 1024
  to_port        = 65535
}

resource "aws_security_group" "web" {
  name        = "${var.environment}-web"
  description = "Web servers"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # EXAMPLE PROBLEM: SSH open to the whole internet (IPv4 and IPv6).
  ingress {
    description      = "SSH"
    from_port        = 22
    to_port          = 22
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# --- Storage -----------------------------------------------------------------------------------

resource "aws_s3_bucket" "logs" {
  bucket = "${var.environment}-app-logs-${data.aws_caller_identity.current.account_id}"
}

# EXAMPLE PROBLEM: the public access block is there, but two of its four switches are off.
resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = false
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id

  rule {
    id     = "archive-logs"
    status = "Enabled"

    filter {
      prefix = "logs/"
    }

    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }

    # EXAMPLE PROBLEM: DEEP_ARCHIVE keeps objects at least 180 days, but they expire after 120.
    transition {
      days          = 60
      storage_class = "DEEP_ARCHIVE"
    }

    expiration {
      days = 120
    }
  }
}

# --- Identity ----------------------------------------------------------------------------------

# EXAMPLE PROBLEM: a long-lived IAM user for a CI pipeline (prefer an OIDC role), with a
# broad managed policy attached.
resource "aws_iam_user" "ci" {
  name          = "${var.environment}-ci"
  force_destroy = true
}

resource "aws_iam_user_policy_attachment" "ci_power_user" {
  user       = aws_iam_user.ci.name
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}

# --- Compute -----------------------------------------------------------------------------------

resource "aws_iam_role" "worker" {
  name = "${var.environment}-worker"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "worker_logs" {
  role       = aws_iam_role.worker.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_lambda_function" "worker" {
  function_name = "${var.environment}-worker"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "${path.module}/worker.zip"
  memory_size   = 256
  timeout       = 30
  publish       = true
}

resource "aws_lambda_alias" "worker_live" {
  name             = "live"
  function_name    = aws_lambda_function.worker.function_name
  function_version = aws_lambda_function.worker.version
}

# Provisioned concurrency is billed per hour whether it is used or not. EXAMPLE PROBLEM: 50
# warm environments for a background worker that tolerates cold starts.
resource "aws_lambda_provisioned_concurrency_config" "worker_live" {
  function_name                     = aws_lambda_alias.worker_live.function_name
  qualifier                         = aws_lambda_alias.worker_live.name
  provisioned_concurrent_executions = 50
}

output "logs_bucket" {
  value = aws_s3_bucket.logs.bucket
}
